export { dateFormat, type DateFormat } from "./format";
export { sinceLabel } from "./since";
export {
  dateStyleLabels,
  dateStyles,
  defaultDateStyle,
  type DateSettings,
  type DateStyle,
} from "./styles";
