// Electron entry: written by the shell work (single-instance lock, protocol, window, ipc).
export {};
