import { fuzzProcedureShard } from "./fuzz-shard";

fuzzProcedureShard(1, 4);
