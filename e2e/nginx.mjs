// Serves the built site with Debian's nginx and the server block the
// build wrote (target/deploy/nginx.conf), for the host layer of
// `make test` (playwright.nginx.config.js). Only the port changes: the
// rest of the block is used exactly as a deployment would use it.
//
//   PORT=4174 node nginx.mjs
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

const port = Number(process.env.PORT ?? 4174);
const root = resolve(import.meta.dirname, "..");
const prefix = resolve(root, "target/nginx");
const block = await readFile(resolve(root, "target/deploy/nginx.conf"), "utf8");
if (!/^\s*listen 8080;$/m.test(block)) {
  console.error("nginx.mjs: the built server block has no `listen 8080;`");
  process.exit(1);
}
await mkdir(resolve(prefix, "tmp"), { recursive: true });
await writeFile(
  resolve(prefix, "site.conf"),
  block.replace(/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`),
);
// A whole nginx of its own: no system config, files only under target/.
await writeFile(
  resolve(prefix, "nginx.conf"),
  `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    include ${prefix}/site.conf;
}
`,
);
// Debian's path first: /usr/sbin is not on every user's PATH.
const binary = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
const nginx = spawn(
  binary,
  ["-p", prefix, "-c", resolve(prefix, "nginx.conf"), "-g", "daemon off;"],
  { stdio: "inherit" },
);
nginx.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => nginx.kill("SIGQUIT"));
}
