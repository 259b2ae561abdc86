// Fullscreen for the room's screen, behind a tiny interface (the browser may refuse: then nothing happens).

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
