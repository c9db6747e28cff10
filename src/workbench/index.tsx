// PLACEHOLDER (build scaffolding): the workbench engineer replaces this file with the task pane
// over the in-memory Excel.
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>Quadrant CRM workbench</p>);
