/** The role the application connects as: owns nothing, is no superuser, cannot bypass row-level security. */
export const APP_ROLE = 'tk_app';
