import { describe, expect, test } from "vitest";
import { csi4 } from "./csi4";
import { microHurt } from "./micro-hurt";
import { editableFields, resolveSections } from "./prompt-wording";
import type { FieldDef } from "./types";

const field = (sections: { fields: FieldDef[] }[], name: string) =>
  sections.flatMap((section) => section.fields).find((candidate) => candidate.name === name);

describe("practice wording", () => {
  test("lists every field of a kind with its section and current wording", () => {
    const fields = editableFields(microHurt);
    expect(fields).toHaveLength(microHurt.sections.flatMap((section) => section.fields).length);
    expect(fields[0]).toEqual({
      name: "observation",
      // The first section has no heading of its own: it would only repeat the question.
      section: undefined,
      label: "What happened?",
      help: "Describe it the way a camera would have seen it: what was said or done, and when.",
    });
  });

  test("applies a practice's label and help, leaving the rest of the field as it is", () => {
    const sections = resolveSections(microHurt, {
      observation: { label: "The moment, as a camera saw it" },
      needed: { label: "What I longed for", help: "One sentence is plenty." },
    });
    expect(field(sections, "observation")).toMatchObject({
      label: "The moment, as a camera saw it",
      help: "Describe it the way a camera would have seen it: what was said or done, and when.",
      indictmentHint: true,
      maxLength: 2000,
    });
    expect(field(sections, "needed")).toMatchObject({
      label: "What I longed for",
      help: "One sentence is plenty.",
    });
    expect(field(sections, "category")).toEqual(field(microHurt.sections, "category"));
  });

  test("keeps the built-in wording for blank, unknown or locked overrides", () => {
    const sections = resolveSections(microHurt, {
      observation: { label: "  ", help: "" },
      mood: { label: "Mood" },
    });
    expect(sections).toEqual(microHurt.sections);
    const csi = resolveSections(csi4, { happiness: { label: "How happy are you?" } });
    expect(field(csi, "happiness")?.label).toBe(
      "Please indicate the degree of happiness, all things considered, of your relationship.",
    );
  });

  test("words the quick form and the rest asked later the same way", () => {
    const prompts = {
      observation: { label: "The moment" },
      needed: { label: "What I longed for" },
    };
    const quick = resolveSections(microHurt, prompts, microHurt.quick?.sections);
    expect(field(quick, "observation")?.label).toBe("The moment");
    const rest = resolveSections(microHurt, prompts, microHurt.quick?.complete.sections);
    expect(field(rest, "needed")?.label).toBe("What I longed for");
  });

  test("does not change the built-in kind", () => {
    const before = structuredClone(microHurt.sections);
    resolveSections(microHurt, { observation: { label: "Changed" } });
    expect(microHurt.sections).toEqual(before);
    expect(resolveSections(microHurt)).toEqual(microHurt.sections);
  });
});
