import { hit } from './call-targets.js';
function checkCall(call) {
    if (call.capability !== 'native')
        return [];
    return [
        hit(call, 'native-escape-hatch', 'medium', `${call.callee} reaches native code, outside the language's safety checks`),
    ];
}
export const nativeCode = {
    rules: [
        {
            id: 'native-escape-hatch',
            category: 'native',
            title: 'Native escape hatch',
            help: 'ctypes, cffi, process.binding, process.dlopen or ffi-napi call native code directly.',
            cwe: ['CWE-676'],
        },
    ],
    check: (facts) => facts.calls.flatMap(checkCall),
};
