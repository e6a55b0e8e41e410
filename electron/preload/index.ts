import { contextBridge } from 'electron'
contextBridge.exposeInMainWorld('werkbank', {})
