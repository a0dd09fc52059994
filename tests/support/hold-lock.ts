// Takes lib/start/exclusive-lock.ts's lock on argv[2], prints "locked <ms>", holds it for argv[3] ms
// (or until killed when "forever"), then prints "released <ms>".
import { setTimeout as sleep } from "node:timers/promises";
import { withExclusiveLock } from "../../lib/start/exclusive-lock";

const [file = "", hold = "500"] = process.argv.slice(2);
await withExclusiveLock(file, async () => {
  console.log(`locked ${Date.now()}`);
  if (hold === "forever") await new Promise(() => setInterval(() => {}, 60_000));
  await sleep(Number(hold));
  console.log(`released ${Date.now()}`);
});
