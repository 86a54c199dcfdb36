/** The cockpit's palette: the warning colours match the badges elsewhere. */
export const CHART_COLORS = { red: "#dc2626", yellow: "#f59e0b", green: "#16a34a", grey: "#9ca3af", blue: "#2563eb" };
