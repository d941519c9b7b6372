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

## output: writing standard output, export files, workbooks and forms
## $path: the file; $cause: what the system said; $dir: its directory

output-stream-out = standard output
output-stream-err = standard error
# $stream: output-stream-out or output-stream-err
output-cannot-write-stream = cannot write to { $stream }: { $cause }
output-stream-hint = check the disk or device the output goes to (a full disk, a redirection to a file that cannot grow)
output-cannot-write-help = cannot write the help: { $cause }
output-cannot-write-file = cannot write { $path }: { $cause }
output-cannot-write-file-hint = check that the disk holding { $dir } has room and that you may write there; nothing was written
output-cannot-create-temp-hint = check that the directory exists and that you may write in it
output-workbook-extension = { $path }: danvan writes workbooks as .xlsx only
output-workbook-extension-hint = name the file .xlsx (LibreOffice opens it too), or .csv
output-excel-not-for-xlsx = --excel and --delimiter shape CSV files; an .xlsx file is a workbook already
output-export-no-table = export writes records as CSV or JSON, not as a table
output-export-no-table-hint = use --format csv (the default) or --format json
output-excel-only-csv = --excel shapes CSV files; it does not apply to JSON or tables
output-form-extension = { $path }: a form is written as .xlsx or .csv
output-form-extension-hint = name the file .xlsx (drop-downs, locked key columns) or .csv
# $max: the rows a worksheet holds below its header
output-xlsx-too-many-rows = the export has more than { $max } rows, more than a worksheet holds
output-xlsx-too-many-rows-hint = export a shorter period (--year, --from/--to), or write CSV (--output FILE.csv)
# $cause: what the workbook writer said, or output-xlsx-writer-failed
output-xlsx-failed = { $cause } (the rows of a workbook wait in the temporary directory, { $dir }, until it is saved)
output-xlsx-writer-failed = the workbook writer failed
output-saved-but-unsaid = the change was saved but its confirmation could not be written: { $cause }
output-saved-but-unsaid-hint = do not run the command again; `danvan log --limit 1` shows the change
# $typed: what was given, in quotes
output-not-a-delimiter = { $typed } is not a delimiter: use , or ;
# $from, $to: the years given
output-from-after-to = --from { $from } is after --to { $to }
output-from-after-to-hint = give the first year with --from and the last with --to
# The closing line of an import. $file: the file; $added, $replaced: counts;
# $what: what the file holds, plural ("members")
output-import-done = { $file }: added { $added }, replaced { $replaced } { $what }
output-import-rehearsed = { $file }: would add { $added }, replace { $replaced } { $what } (dry run, nothing written)
