import type { CallFact, FileFacts, Value } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { commandText, hit } from '../shared/call-targets.js';

// Name lookups by language: the hostname is the first argument.
const resolvers =
  /^(socket\.(gethostbyname|gethostbyname_ex|getaddrinfo|getfqdn)|dns\.resolver\.(resolve|query|resolve_name)|dns\.(lookup|resolve|resolve4|resolve6|resolveAny|resolveTxt|resolveCname)|dns\.promises\.(lookup|resolve\w*)|net\.(LookupHost|LookupIP|LookupAddr|LookupTXT|LookupCNAME|ResolveIPAddr|ResolveTCPAddr|ResolveUDPAddr))$/;
const resolverMethods = /^(resolve|query|lookup|LookupHost|LookupIP|LookupTXT)$/;
// A lookup command whose name expands a secret-looking variable or a command's output.
const shellLookup =
  /\b(nslookup|dig|host|getent\s+hosts)\b[^|;&\n]*(\$\{?\w*(TOKEN|SECRET|KEY|PASS|PWD|CRED|AUTH)\w*\}?|\$\((cat|base64|env|printenv|whoami|id)\b)/i;

function isResolver(call: CallFact): boolean {
  if (resolvers.test(call.callee)) return true;
  return /[Rr]esolver/.test(call.receiver?.ref ?? '') && resolverMethods.test(call.method ?? '');
}

// A secret placed into a hostname leaves through the resolver. A variable read whole (a host
// named by DB_HOST) is configuration, not a payload: environmentRead marks it with envName.
function carriesSecret(name: Value | undefined): boolean {
  return name !== undefined && name.taints.has('secret') && name.envName === undefined;
}

function checkCall(call: CallFact): RuleHit[] {
  if (isResolver(call) && carriesSecret(call.args[0] ?? call.kwargs.get('host')))
    return [
      hit(call, {
        ruleId: 'net-dns-exfiltrate-secret',
        severity: 'critical',
        message: 'resolves a hostname built from a secret: DNS carries it out',
      }),
    ];
  if (call.capability === 'process.shell' && shellLookup.test(commandText(call) ?? ''))
    return [
      hit(call, {
        ruleId: 'net-dns-exfiltrate-secret',
        severity: 'high',
        message: "looks up a hostname built from a secret or a command's output",
      }),
    ];
  return [];
}

export const dnsExfiltration: RuleFamily = {
  rules: [
    {
      id: 'net-dns-exfiltrate-secret',
      category: 'network',
      title: 'Secret sent through DNS',
      help: "An environment value or credential is placed into a hostname that is then resolved: the lookup reaches the attacker's name server even where HTTP egress is blocked.",
      cwe: ['CWE-201', 'CWE-200'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
