/** Manifest for Storybook autodocs and IDEs: only the public surface of each element. */
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/kh-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-helper.ts'],
  outdir: 'dist',
  // The package.json `customElements` field is written by hand: the docs test analyses into
  // test-results/ and must not repoint it.
  packagejson: false,
  litelement: true,
  plugins: [
    {
      name: 'kh-public-only',
      // Private (#x) and protected members are implementation detail; the docs table should not offer them as controls.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            if (decl.members)
              decl.members = decl.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
              );
      },
    },
  ],
};
