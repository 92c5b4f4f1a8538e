// Why this file exists: the Node-only entry ("phiscrub/node"): everything of "." plus parts that need Node built-ins
// (streams, files, worker threads) as later features add them.

export * from "./index.js";
