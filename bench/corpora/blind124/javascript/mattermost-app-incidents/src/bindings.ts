export function bindings(context: { acting_user?: { id: string } }) {
    return [
        {
            location: '/command',
            bindings: [
                {
                    label: 'incident',
                    bindings: [
                        { location: 'create', label: 'create', form: { submit: { path: '/incident/create/submit', expand: { acting_user: 'summary' } } } },
                        { location: 'search', label: 'search', form: { submit: { path: '/incident/search/submit' } } },
                    ],
                },
            ],
        },
    ];
}
