import { execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBinary, NGINX } from "../../scripts/debian-packages";
import { startProcess, waitForHttp } from "./processes";

const PRODUCTION_CONFIG = path.resolve(import.meta.dirname, "../../ops/nginx/parley.conf");

/** Debian's nginx, installed when missing and the bench runs as root. */
export function ensureNginx(): string {
  return ensureBinary(NGINX);
}

/** How the profile sends its cache files; the static baseline sends its files the same way. */
const FILE_SETTINGS = /^ *(?:sendfile|tcp_nopush|open_file_cache) [^;\n]*;$/gm;

function replaceExactly(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(`ops/nginx/parley.conf no longer contains "${from}": update bench/lib/nginx.ts`);
  return text.replaceAll(from, to);
}

/**
 * Runs ops/nginx/parley.conf as shipped, only moved to loopback ports and a folder of its own, with
 * the instances given; for the bench, plus a server of the same page bytes as static files.
 */
export async function startNginx({
  prefix,
  port,
  staticPort,
  upstreamPorts,
  staticRoot,
}: {
  prefix: string;
  port: number;
  /** With `staticRoot`: a second server with the same page bytes as static files (the baseline). */
  staticPort?: number;
  /** Parley's instances, in place of the two the shipped file lists. */
  upstreamPorts: number[];
  staticRoot?: string;
}): Promise<ChildProcess> {
  const binary = ensureNginx();
  // nginx's workers run as an unprivileged user when the bench runs as root: they must reach these.
  for (const dir of ["", "cache", "temp", "logs"]) {
    mkdirSync(path.join(prefix, dir), { recursive: true });
    chmodSync(path.join(prefix, dir), 0o777);
  }
  let site = readFileSync(PRODUCTION_CONFIG, "utf8");
  const [first, ...others] = upstreamPorts;
  site = replaceExactly(site, "server 127.0.0.1:3000 ", `server 127.0.0.1:${first} `);
  site = replaceExactly(
    site,
    "    server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;\n",
    others.map((other) => `    server 127.0.0.1:${other} max_fails=1 fail_timeout=2s;\n`).join(""),
  );
  site = replaceExactly(site, "/var/cache/nginx/parley", path.join(prefix, "cache"));
  site = replaceExactly(site, "listen 80;", `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(prefix, "parley.conf"), site);
  const fileSettings = (site.match(FILE_SETTINGS) ?? []).map((line) => line.trim());
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    `worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    include ${prefix}/parley.conf;
    ${
      staticPort && staticRoot
        ? `server {
        listen 127.0.0.1:${staticPort};
        root ${staticRoot};
        # Files sent as the profile sends its cache files, so that only the cache differs.
        ${fileSettings.join("\n        ")}
        location / { try_files $uri =404; }
    }`
        : ""
    }
}
`,
  );
  execFileSync(
    binary,
    ["-t", "-q", "-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", path.join(prefix, "logs/error.log")],
    { stdio: "inherit" },
  );
  const child = startProcess(
    binary,
    [
      "-p",
      prefix,
      "-c",
      path.join(prefix, "nginx.conf"),
      "-e",
      path.join(prefix, "logs/error.log"),
      "-g",
      "daemon off;",
    ],
    { name: "nginx" },
  );
  await waitForHttp(`http://127.0.0.1:${port}/api/health`);
  return child;
}
