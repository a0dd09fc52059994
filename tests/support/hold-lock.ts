// Takes a start lock, prints "locked <ms>", holds it for argv[3] ms (or until killed when
// "forever"), then prints "released <ms>". argv[2] is a lock file (lib/start/exclusive-lock.ts,
// SQLite's start lock and the build folder's) or a PostgreSQL database URL (lib/start/database-lock.ts,
// a session advisory lock).
import { setTimeout as sleep } from "node:timers/promises";
import { withDatabaseLock } from "../../lib/start/database-lock";
import { withExclusiveLock } from "../../lib/start/exclusive-lock";
import { storeOf } from "../../lib/store/url";

const [target = "", hold = "500"] = process.argv.slice(2);
const withLock =
  /^postgres(ql)?:/.test(target) && storeOf(target) === "postgresql" ? withDatabaseLock : withExclusiveLock;
await withLock(target, async () => {
  console.log(`locked ${Date.now()}`);
  if (hold === "forever") await new Promise(() => setInterval(() => {}, 60_000));
  await sleep(Number(hold));
  console.log(`released ${Date.now()}`);
});
