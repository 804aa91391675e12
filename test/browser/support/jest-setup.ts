// A browser test walks several pages with real logins; Jest's project-level testTimeout is not applied.
jest.setTimeout(120_000);
