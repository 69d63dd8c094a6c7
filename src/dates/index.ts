export { dateFormat, type DateFormat } from "./format";
export {
  dateStyleLabels,
  dateStyles,
  defaultDateStyle,
  type DateSettings,
  type DateStyle,
} from "./styles";
