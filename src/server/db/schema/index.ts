export * from "./auth";
export * from "./practices";
export * from "./couples";
export * from "./audit";
export * from "./email";
export * from "./homework";
export * from "./outbox";
export * from "./sessions";
