/** How long a finished practice export can be downloaded; then the housekeeping job deletes it. */
export const EXPORT_DAYS = 7;
