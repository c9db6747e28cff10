// A `crm team` worker when the CLI runs from TypeScript through tsx (npm run crm): tsx is
// registered in the worker, then the CLI's entry is loaded. The bundled CLI needs no such file.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
