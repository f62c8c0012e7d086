/** The machine the figures were taken on: they mean little without it. */
import { cpus, platform, release, totalmem } from 'node:os';
import type { MachineInfo } from './report';

/** CPU, cores, memory, OS and Node from the OS; the browser version from the launched browser. */
export function describeMachine(chromiumVersion: string): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memoryGB: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
    chromium: chromiumVersion,
    node: process.version,
  };
}
