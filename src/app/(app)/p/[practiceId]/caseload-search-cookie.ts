/** Where the caseload's name search is kept: never the URL, which lands in history and logs. */
export const CASELOAD_SEARCH_COOKIE = "attune_caseload_search";
