import { fuzzProcedureShard } from "./fuzz-shard";

fuzzProcedureShard(0, 4);
