// PLACEHOLDER (build scaffolding): the task pane engineer replaces this file.
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<p>Quadrant CRM</p>);
});
