// PLACEHOLDER (build scaffolding): ribbon command handlers go here. The ribbon's only button
// shows the task pane, which needs no handler.
export {};
