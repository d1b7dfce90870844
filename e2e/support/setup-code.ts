/** The setup code of the end-to-end server: playwright.config.ts gives it to npm start as SETUP_CODE. */
export const E2E_SETUP_CODE = 'E2E-SETUP-CODE-0000-NOT-FOR-PRODUCTION';
