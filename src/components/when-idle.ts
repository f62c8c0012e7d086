/** Runs `task` while the browser is idle (within 5 s), or after 2 s where there is no idle callback. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 2000);
}
