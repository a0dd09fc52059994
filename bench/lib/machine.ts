import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  return {
    cores: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cores} cores (nproc) · ${machine.cpuModel} · ${machine.memoryGiB} GiB memory · Node ${machine.node} · ${machine.os}`;
}

/** Other processes using the CPU right now: the bench cannot stop them, but it says they were there. */
export function busyNeighbours(ownPids: Set<number>): string[] {
  const lines = execFileSync("ps", ["-eo", "pid,ppid,pcpu,args", "--sort=-pcpu", "--no-headers"], { encoding: "utf8" })
    .trim()
    .split("\n");
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, ppid, cpu]) => Number(cpu) >= 20 && !ownPids.has(Number(pid)) && !ownPids.has(Number(ppid)))
    .map(([pid, , cpu, ...command]) => `${command.join(" ").slice(0, 70)} (pid ${pid}, ${cpu}% CPU)`);
}
