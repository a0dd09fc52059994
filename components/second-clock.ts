// One timer for every live clock on the page, firing on each whole second.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule() {
  timer = setTimeout(
    () => {
      listeners.forEach((listener) => listener());
      schedule();
    },
    1000 - (Date.now() % 1000),
  );
}

export function subscribeToSeconds(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

export const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
