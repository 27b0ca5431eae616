// The Klaro configuration every Klaro bundle ships: one analytics service whose cookies are
// cleared on withdrawal and whose script waits for consent (Klaro's texts are built in).
export const klaroConfig = {
  version: 1,
  storageMethod: 'cookie',
  cookieName: 'klaro',
  mustConsent: false,
  acceptAll: true,
  translations: {
    en: {
      privacyPolicyUrl: '/cookies',
      purposes: { analytics: 'Analytics' },
      analytics: { description: 'Counts visits so that we can improve the site.' },
    },
  },
  services: [{ name: 'analytics', purposes: ['analytics'], cookies: [/^_ga/], default: false }],
};
