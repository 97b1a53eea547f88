// The registries each ecosystem's installer talks to by default. Git dependencies, private registries
// and mirrors are not here on purpose: the user names them in `allow-hosts`.

export const ecosystems = ['npm', 'pypi', 'cargo', 'go', 'rubygems', 'maven'] as const;
export type Ecosystem = (typeof ecosystems)[number];

export const ecosystemHosts: Readonly<Record<Ecosystem, readonly string[]>> = {
  // yarn v1 defaults to its own alias of the npm registry.
  npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
  // pip reads the index from pypi.org and downloads files from files.pythonhosted.org.
  pypi: ['pypi.org', 'files.pythonhosted.org'],
  // Cargo's sparse index lives on index.crates.io; crate files are served by static.crates.io.
  cargo: ['crates.io', 'index.crates.io', 'static.crates.io'],
  // GOPROXY and GOSUMDB defaults; GONOSUMDB/GOPRIVATE modules need the user's own hosts.
  go: ['proxy.golang.org', 'sum.golang.org'],
  rubygems: ['rubygems.org', 'index.rubygems.org'],
  maven: ['repo.maven.apache.org', 'repo1.maven.org'],
};

/** Hostnames that reach instance metadata or the machine itself whatever they resolve to. */
export const refusedNames: readonly string[] = [
  'localhost',
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
];

/** Name suffixes that only a local or cloud-internal resolver answers. */
export const refusedSuffixes: readonly string[] = [
  '.localhost',
  '.internal',
  '.local',
  '.home.arpa',
];
