// The practical limit for serving a page: a bare Node http server answering with bytes it holds in
// memory. The bench writes each page's exact bytes (and content type) into a folder and starts this.
//
//   node --import tsx bench/static-file-server.ts <folder> <port>
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const [folder, port] = process.argv.slice(2);
if (!folder || !port) throw new Error("usage: static-file-server.ts <folder> <port>");

const files = new Map<string, { body: Buffer; type: string }>();
for (const name of readdirSync(folder).filter((file) => !file.endsWith(".type"))) {
  files.set(`/${name}`, {
    body: readFileSync(path.join(folder, name)),
    type: readFileSync(path.join(folder, `${name}.type`), "utf8"),
  });
}

http
  .createServer((request, response) => {
    const file = files.get(request.url ?? "");
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.type, "content-length": file.body.length });
    response.end(file.body);
  })
  .listen(Number(port), "127.0.0.1");
