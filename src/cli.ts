console.log('sourced: not implemented yet')
