export { dateFormat, type DateFormat } from "./format";
export { sinceLabel } from "./since";
export { dateStyleLabels, dateStyles, type DateSettings, type DateStyle } from "./styles";
