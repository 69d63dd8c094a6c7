import { expect, test } from "vitest";
import { phonePieces, telHref } from "./phone-numbers";

test("a number as written becomes its digits, keeping a leading +", () => {
  expect(telHref("+44 7700 900123")).toBe("tel:+447700900123");
  expect(telHref("(555) 123-4567")).toBe("tel:5551234567");
  expect(telHref("988")).toBe("tel:988");
});

test("numbers inside words become links, the words stay as written", () => {
  expect(phonePieces("Jo (sister) 07700 900456, evenings")).toEqual([
    { text: "Jo (sister) " },
    { text: "07700 900456", tel: "tel:07700900456" },
    { text: ", evenings" },
  ]);
  expect(phonePieces("call 988 or 116 123")).toEqual([
    { text: "call " },
    { text: "988", tel: "tel:988" },
    { text: " or " },
    { text: "116 123", tel: "tel:116123" },
  ]);
  expect(phonePieces("Jo, her sister")).toEqual([{ text: "Jo, her sister" }]);
});
