/** The PostgreSQL URL the app runs on, for the few parts that keep their own pool (the delivery queue). */
export const DATABASE_URL = Symbol('DATABASE_URL');
