import { hasTaint } from '../code-facts.js';
import { hit, inputs } from './call-targets.js';
function checkCall(call) {
    if (call.capability !== 'deserialise')
        return [];
    if (hasTaint(inputs(call), 'network', 'decoded'))
        return [];
    return [
        hit(call, 'deser-unsafe', 'high', `${call.callee} can run arbitrary code while loading data`),
    ];
}
export const deserialisation = {
    rules: [
        {
            id: 'deser-unsafe',
            category: 'deserialisation',
            title: 'Unsafe deserialisation',
            help: 'pickle, marshal, shelve, yaml.load without SafeLoader and node-serialize execute code embedded in the data.',
            cwe: ['CWE-502'],
        },
    ],
    check: (facts) => facts.calls.flatMap(checkCall),
};
