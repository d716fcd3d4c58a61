import { format } from "date-fns";

/** "Thu 26 Nov, 08:00" in the browser's time. */
export const formatMoment = (iso: string): string => format(new Date(iso), "EEE d MMM, HH:mm");
/** "08:00" */
export const formatTime = (iso: string): string => format(new Date(iso), "HH:mm");
