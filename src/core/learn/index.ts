export * from "./schema";
export * from "./sources";
export * from "./red-flags";
export * from "./catalogue";
