/// <reference lib="webworker" />
/**
 * The force layout off the main thread: runs ./force-simulation.ts and posts positions back,
 * transferred, after each time slice. One worker runs one layout and is then terminated.
 */
import type { FromForceWorker, ToForceWorker } from './force-protocol';
import { driveForceRunner } from './force-simulation';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let run: ReturnType<typeof driveForceRunner> | undefined;

scope.onmessage = (event: MessageEvent<ToForceWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'start':
      run?.stop();
      run = driveForceRunner(message, message.settings.sliceMs, (out: FromForceWorker) =>
        scope.postMessage(out, [out.positions.buffer]),
      );
      break;
    case 'fix':
      run?.fix(message.index, message.x, message.y);
      break;
    case 'release':
      run?.release(message.index);
      break;
  }
};
