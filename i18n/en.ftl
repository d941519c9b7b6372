# danvan's messages in English.
#
# Every id here is in vi.ftl too, with the same placeholders; a test fails
# otherwise, and when an id is used by no code. Code passes the data (a code,
# a month, a count) and never a sentence. The English text is what danvan
# has always printed: tests compare it byte for byte.
# Help of commands and options in English is the doc comments of src/cli;
# its Vietnamese is in vi-help.ftl.

## The lines of an error

error-prefix = error
hint-prefix = hint

## A unit, member or model typed that names nothing
## $typed: what was typed, in quotes

unknown-unit = there is no unit { $typed }: no member belongs to it, nor ever did
unknown-member = there is no member with code { $typed }
unknown-model = there is no model with code { $typed }
# $near: the nearest existing spellings; $then: the hint that follows
hint-did-you-mean = did you mean { $near }? { $then }
hint-see-units = see the units with `danvan unit list --all`
hint-find-member-by-name = to find a member by name, run `danvan member find "{ $name }"`
hint-see-members = see the codes with `danvan member list --all`
hint-see-models = see the codes with `danvan model list`, or add the model first with `danvan model add CODE --name … --field …`

## A new member whose code is taken

member-exists = member { $code } already exists ({ $name })
hint-member-exists = choose another code, or change this member with `danvan member edit { $code }`
