// autocannon's command line, except that it keeps no response bodies.
//
// autocannon appends every response body to a string (PipelinedRequestsQueue.addBody), for body
// checks this bench never asks for. A page with a few hundred non-ASCII characters (dashes, quotes)
// decodes into a two-byte string, and the load generator then spends most of its time collecting
// that garbage: the same 68 KB of home's bytes from one static server measured 1,600 req/s, and
// 15,900 req/s with those characters replaced by "?" (wrk: 17,700 either way). Dropping the bodies
// makes the count depend on the server, not on the characters the page happens to contain.
//
//   node bench/lib/autocannon-cli.mjs <autocannon's own arguments>
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PipelinedRequestsQueue = require("autocannon/lib/pipelinedRequestsQueue.js");
if (typeof PipelinedRequestsQueue.prototype.addBody !== "function") {
  throw new Error("autocannon no longer has PipelinedRequestsQueue.addBody: review bench/lib/autocannon-cli.mjs");
}
PipelinedRequestsQueue.prototype.addBody = function keepNoBody() {};

const autocannon = require("autocannon");
autocannon.start(autocannon.parseArguments(process.argv.slice(2)));
