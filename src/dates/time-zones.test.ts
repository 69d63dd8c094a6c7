import { expect, test } from "vitest";
import { searchTimeZones, timeZoneChoices } from "./time-zones";

const all = [...Intl.supportedValuesOf("timeZone"), "UTC"];
const january = new Date("2026-01-15T12:00:00Z");

test("common zones come first, named the way people say them, each once", () => {
  const choices = timeZoneChoices(all, january);
  expect(choices[0]).toEqual({
    value: "America/New_York",
    label: "New York — Eastern Time (GMT-5)",
    group: "Common time zones",
  });
  expect(choices.find((c) => c.value === "America/Chicago")?.label).toBe(
    "Chicago — Central Time (GMT-6)",
  );
  const values = choices.map((c) => c.value);
  expect(new Set(values).size).toBe(values.length);
  expect(new Set(values)).toEqual(new Set(all));
  const firstOfRest = choices.findIndex((c) => c.group === "All time zones");
  expect(choices.slice(firstOfRest).every((c) => c.group === "All time zones")).toBe(true);
});

test("the offset shown is the one in force on the day", () => {
  const july = timeZoneChoices(all, new Date("2026-07-15T12:00:00Z"));
  expect(july.find((c) => c.value === "America/Chicago")?.label).toBe(
    "Chicago — Central Time (GMT-5)",
  );
});

test("search matches city, region, zone id and generic name, in any case", () => {
  const choices = timeZoneChoices(all, january);
  expect(searchTimeZones(choices, "chic").map((c) => c.value)).toEqual(["America/Chicago"]);
  expect(searchTimeZones(choices, "central time").map((c) => c.value)).toContain("America/Chicago");
  const buenosAires = searchTimeZones(choices, "buenos_aires");
  expect(buenosAires).toHaveLength(1);
  expect(buenosAires[0]!.value).toMatch(/^America\/(Argentina\/)?Buenos_Aires$/);
  expect(searchTimeZones(choices, "  ")).toHaveLength(choices.length);
  expect(searchTimeZones(choices, "atlantis")).toEqual([]);
});
