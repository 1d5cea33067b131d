// The app shell. Deliberately does nothing at launch: no storage reads, no network, no
// permission prompts. Pages and stores load what they need when they are shown.
App<Record<string, never>>({});
