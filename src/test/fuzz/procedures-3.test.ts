import { fuzzProcedureShard } from "./fuzz-shard";

fuzzProcedureShard(2, 4);
