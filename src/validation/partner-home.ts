import { z } from "zod";
import { partnerEntryFilters } from "~/domain/partner-home";

/** The partner home's entry list: which entries, and which page of them (from the address). */
export const partnerOverviewInput = z
  .object({
    show: z
      .enum(partnerEntryFilters, { error: "Choose all, mine or shared with me." })
      .default("all"),
    page: z.coerce
      .number({ error: "That page could not be found." })
      .int("That page could not be found.")
      .min(1, "That page could not be found.")
      .max(10_000, "That page could not be found.")
      .default(1),
  })
  .default({ show: "all", page: 1 });

export type PartnerOverviewInput = z.infer<typeof partnerOverviewInput>;
