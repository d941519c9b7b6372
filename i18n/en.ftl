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

## infra: the file, the undo, dates, vocabularies and imports

# Text not yet in the catalogues, shown as it is in every language
raw-text = { $text }

## infra: an import refused for its bad rows
# $problems: every problem, one a line; $count: how many; $what: import-what-…
import-refused =
    { $problems }
    { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    } in the { $what } file; nothing was imported
# $header: where the header was found (file:line)
import-refused-below-titles =
    { $problems }
    { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    } in the { $what } file; nothing was imported
    (the header was taken from { $header }; the rows above it were skipped as titles)
import-refused-hint = correct these rows and import the file again (--dry-run checks without writing)
# $place: file:line or file:sheet:row; $problem: what is wrong there
import-problem = { $place }: { $problem }
import-row-hint = { $message }; { $hint }
# $key: the column's key (year, month …)
import-keyed = { $key }: { $problem }
import-exists = { $problem }; add --replace to overwrite it
import-what-members = members
import-what-models = models
import-what-evaluations = evaluations
import-what-awards = awards
import-what-initiatives = initiatives
import-what-disciplines = disciplines
import-what-pledges = pledges
import-what-reports = reports

## infra: a row that cannot be read
# $heading: a wide file's column heading; $no: the item number
import-group-first-empty = { $heading }: the cell is empty but the other cells of number { $no } are filled; fill it or clear them
# $value: the cell, in quotes
import-cell-without-heading = column { $column } holds { $value } but has no heading; add its heading or clear the cell
import-cell-count = { $cells } cells where the header has { $width }; check for a stray delimiter or a missing quote
import-nul-byte = column { $column }: the cell holds a NUL byte; remove it
