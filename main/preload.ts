import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type Bridge } from '../shared/channels';

// No logic and no zod: one function per contract channel, nothing else.
const bridge = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as Bridge;

contextBridge.exposeInMainWorld('baoTro', bridge);
