import { fuzzProcedureShard } from "./fuzz-shard";

fuzzProcedureShard(3, 4);
